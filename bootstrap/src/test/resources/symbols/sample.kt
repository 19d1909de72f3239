package demo

const val LIMIT = 10

interface Shape {
    fun area(): Double
}

data class Point(val x: Int, val y: Int) : Shape {
    val label: String = "p"

    constructor(x: Int) : this(x, 0)

    override fun area(): Double = 0.0

    companion object {
        fun origin() = Point(0, 0)
    }
}

enum class Color { RED, GREEN }

object Registry {
    fun register() {}
}

typealias Points = List<Point>

fun build(kind: String): Shape = Point(1)
