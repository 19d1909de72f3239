interface Shape {
  area(): number;
}

type Id = string;

enum Color {
  Red,
  Green,
}

export class Circle implements Shape {
  private radius: number;

  constructor(radius: number) {
    this.radius = radius;
  }

  area(): number {
    return 3 * this.radius;
  }
}

export function build(kind: string): Shape {
  return new Circle(1);
}

namespace Geometry {
  export const origin = 0;
}

const toId = (value: string): Id => value;
