using System;

namespace Demo
{
    public interface IShape
    {
        double Area();
    }

    public class Circle : IShape
    {
        private double radius;

        public Circle(double radius)
        {
            this.radius = radius;
        }

        public double Radius { get; set; }

        public double Area()
        {
            return radius;
        }
    }

    public struct Point
    {
        public int X;
    }

    public enum Color { Red, Green }

    public record Pair(int Left, int Right);

    public delegate void Handler(int x);
}
