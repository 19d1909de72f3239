import os

LIMIT = 10


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    @property
    def area(self):
        return 0

    class Meta:
        pass


def build(kind):
    def helper():
        return kind
    return helper()


async def fetch():
    pass
