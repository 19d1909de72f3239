<?php

namespace App\Shapes;

const LIMIT = 10;

interface Shape
{
    public function area(): float;
}

trait Named
{
    public function name(): string
    {
        return 'x';
    }
}

class Circle implements Shape
{
    use Named;

    const PI = 3.14;

    private float $radius;

    public function __construct(float $radius)
    {
        $this->radius = $radius;
    }

    public function area(): float
    {
        return self::PI * $this->radius;
    }
}

enum Suit
{
    case Hearts;
}

function build(string $kind): Shape
{
    return new Circle(1.0);
}
