package shapes

const Pi = 3.14

var registry = map[string]int{}

type Shape interface {
	Area() float64
}

type Point struct {
	X, Y int
}

type Celsius float64

func (p *Point) Move(dx int) {
	p.X += dx
}

func NewPoint() Point {
	return Point{}
}
