#include <vector>

namespace geo {

class Shape {
public:
    Shape();
    virtual double area() const = 0;
    int sides;
};

struct Point {
    int x;
};

Shape::Shape() {}

double scale(double v) {
    return v * 2;
}

enum class Color { Red, Green };

using Points = std::vector<Point>;

template <typename T>
T twice(T v) {
    return v + v;
}

}
