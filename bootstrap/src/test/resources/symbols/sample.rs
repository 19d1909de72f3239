use std::fmt;

pub const MAX: usize = 10;

static NAME: &str = "x";

pub struct Point {
    x: i32,
    y: i32,
}

pub enum Shape {
    Circle,
    Square,
}

pub trait Area {
    fn area(&self) -> f64;
}

impl Point {
    pub fn new() -> Self {
        Point { x: 0, y: 0 }
    }
}

impl Area for Point {
    fn area(&self) -> f64 {
        0.0
    }
}

type Grid = Vec<Point>;

mod geometry {
    pub fn origin() -> i32 {
        0
    }
}

fn main() {}
