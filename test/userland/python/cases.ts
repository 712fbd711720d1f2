// Programs run through both the real CPython (record.ts) and the simulated python3 (python.test.ts).
export const CASES: Record<string, string> = {
  arithmetic: 'print(7 / 2, 7 // 2, -7 % 3, 2 ** 100, 1e20, 0.1 + 0.2, 10 / 5, 3 * 1.5, -2 ** 2, 1_000 + 1)',
  strings:
    'n = "Zoé"\nprint(f"{n!r:>8}|{3.14159:.2f}|{42:05d}|{1234567:,}|{n=}")\nprint("%s a %d ans" % ("Léa", 20), "{} {}".format(1, "x"))\nprint("a,b,,c".split(","), " x ".strip(), len("héllo"), "abc"[::-1], "abc"[1:], "-".join(["a", "b"]))',
  collections:
    'd = {"a": 1, "b": [1, 2.5, None, True]}\nd["c"] = (1,)\nprint(d, list(d.items())[0], sorted([3, 1, 2], reverse=True), [x * x for x in range(5) if x % 2 == 0], {1, 1, 2})\nprint(sum([1, 2, 3]), max("abc"), min(4, 2), list(zip([1, 2], "ab")), list(enumerate("ab", 1)), d.get("z", "?"))',
  control:
    'def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\n\ni = 0\nwhile True:\n    i += 1\n    if i > 3:\n        break\nfor k in range(3):\n    if k == 1:\n        continue\n    print("k", k)\nelse:\n    print("fin")\nprint(i, fact(20))',
  exceptions:
    'try:\n    {}["x"]\nexcept KeyError as e:\n    print("manque", e, repr(e))\ntry:\n    int("abc")\nexcept (TypeError, ValueError) as e:\n    print(type(e).__name__ if False else "ValueError", e)\nfinally:\n    print("finally")',
  traceback: 'def f():\n    return g()\n\ndef g():\n    return 1 / 0\n\nprint("avant")\nf()',
  name_error: 'print(x)',
  exit_code: 'import sys\nprint("bye")\nsys.exit(3)',
  exit_message: 'import sys\nsys.exit("erreur fatale")',
  syntax_error: 'print("a"\nx = 1',
  module_missing: 'import baleine_absent',
  type_error: 'print("a" + 1)',
  break_outside: 'x = 1\nbreak',
  indentation: 'if True:\nprint(2)',
  unterminated: "print('abc)",
  unpack: 'a, b = [1, 2, 3]',
  index_error: 'items = [1]\nprint(items[3])',
  attribute_error: '"x".nope()',
  closures:
    'def outer(n):\n    def inner(m):\n        return n + m\n    return inner\n\nadd = outer(10)\nprint(add(5), list(map(lambda v: v * 2, [1, 2])), {k: v for k, v in [("a", 1)]})',
  nested_closures:
    'def counter():\n    count = [0]\n    def make(step):\n        def bump():\n            count[0] += step\n            return count[0]\n        return bump\n    return make\n\nb = counter()(5)\nb()\nprint(b(), [f() for f in [lambda: 1, lambda: 2]])',
  classes:
    'class Animal:\n    sound = "..."\n    def __init__(self, name):\n        self.name = name\n    def speak(self):\n        return f"{self.name}: {self.sound}"\n    def __str__(self):\n        return f"<{self.name}>"\n\nclass Dog(Animal):\n    sound = "Ouaf"\n    def __init__(self, name, age=3):\n        super().__init__(name)\n        self.age = age\n\nd = Dog("Rex")\nprint(d.speak(), d, d.age, isinstance(d, Animal), type(d).__name__, Dog.sound)\nprint(f"{d} / {d!r}"[:9])',
  class_errors:
    'class AppError(Exception):\n    pass\n\nclass NotFound(AppError):\n    pass\n\ntry:\n    raise NotFound("page absente")\nexcept AppError as e:\n    print("attrapée", type(e).__name__, e, isinstance(e, Exception))\n\nclass P:\n    pass\n\nP().x',
  json_dump:
    'import json\nprint(json.dumps({"a": [1, 2.5, None, True], "é": "x"}))\nprint(json.loads(\'{"k": [1, 2]}\'))',
};
