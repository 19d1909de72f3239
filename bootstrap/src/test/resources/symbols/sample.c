#include <stdio.h>

#define MAX 10

struct point {
    int x;
    int y;
};

typedef struct point point_t;

enum color { RED, GREEN };

union value {
    int i;
    float f;
};

static int counter = 0;

int add(int a, int b);

int add(int a, int b) {
    return a + b;
}

static void *make_point(void) {
    return 0;
}
