package demo;

import java.util.List;

public class HashMap<K, V> {
    static final int DEFAULT_CAPACITY = 16;
    private int size;

    public HashMap() {
    }

    @Override
    public int size() {
        return size;
    }

    final void resize() {
        size = size * 2;
    }

    static class Node<K, V> {
        K key;

        K getKey() {
            return key;
        }
    }

    interface Visitor {
        void visit(Node<?, ?> node);
    }

    enum Color { RED, BLACK }

    record Pair(int left, int right) {
        Pair {
        }
    }

    @interface Marker {
    }
}
