import fs from 'fs';

class Shape {
  constructor(name) {
    this.name = name;
  }

  area() {
    return 0;
  }

  static create() {
    return new Shape('x');
  }
}

function build(kind) {
  return kind;
}

const render = (item) => {
  return item;
};

export const MAX = 10;
