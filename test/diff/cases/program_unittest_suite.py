"""A unittest module for a small shopping-cart class, run with unittest.main(exit=False)."""
import io
import sys
import unittest
from decimal import Decimal, ROUND_HALF_UP
from unittest import mock


class OutOfStock(Exception):
    pass


class Cart:
    TAX = Decimal("0.08")

    def __init__(self, inventory):
        self.inventory = dict(inventory)
        self.items = {}

    def add(self, sku, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        price, stock = self.inventory[sku]
        if self.items.get(sku, 0) + qty > stock:
            raise OutOfStock(sku)
        self.items[sku] = self.items.get(sku, 0) + qty

    def subtotal(self):
        return sum((self.inventory[s][0] * q for s, q in self.items.items()), Decimal(0))

    def total(self):
        t = self.subtotal() * (1 + self.TAX)
        return t.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def checkout(self, gateway):
        amount = self.total()
        receipt = gateway.charge(amount, currency="USD")
        self.items.clear()
        return receipt


INVENTORY = {"apple": (Decimal("0.50"), 10), "pear": (Decimal("0.75"), 3), "melon": (Decimal("3.20"), 1)}


class CartTests(unittest.TestCase):
    def setUp(self):
        self.cart = Cart(INVENTORY)

    def test_empty(self):
        self.assertEqual(self.cart.total(), Decimal("0.00"))

    def test_add_and_total(self):
        self.cart.add("apple", 4)
        self.cart.add("melon")
        self.assertEqual(self.cart.subtotal(), Decimal("5.20"))
        self.assertEqual(str(self.cart.total()), "5.62")

    def test_out_of_stock(self):
        self.cart.add("pear", 3)
        with self.assertRaises(OutOfStock) as cm:
            self.cart.add("pear")
        self.assertEqual(cm.exception.args, ("pear",))

    def test_bad_quantity(self):
        with self.assertRaisesRegex(ValueError, r"must be positive, got -2"):
            self.cart.add("apple", -2)

    def test_unknown_sku(self):
        self.assertRaises(KeyError, self.cart.add, "kiwi")

    def test_checkout_uses_gateway(self):
        gateway = mock.Mock()
        gateway.charge.return_value = {"id": "r-1"}
        self.cart.add("apple", 2)
        self.assertEqual(self.cart.checkout(gateway), {"id": "r-1"})
        gateway.charge.assert_called_once_with(Decimal("1.08"), currency="USD")
        self.assertEqual(self.cart.items, {})

    def test_subtests(self):
        for qty, expected in [(1, "0.54"), (2, "1.08"), (3, "1.62")]:
            with self.subTest(qty=qty):
                cart = Cart(INVENTORY)
                cart.add("apple", qty)
                self.assertEqual(str(cart.total()), expected)

    def test_deliberate_failure(self):
        self.cart.add("pear")
        self.assertEqual(self.cart.items, {"pear": 2}, "cart contents")

    def test_deliberate_error(self):
        self.cart.inventory = None
        self.cart.add("apple")

    @unittest.skip("not implemented yet")
    def test_discounts(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3, places=20)

    def test_containers(self):
        self.assertIn("apple", INVENTORY)
        self.assertIsInstance(self.cart.subtotal(), Decimal)
        self.assertCountEqual(["a", "b", "b"], ["b", "a", "b"])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertGreater(3, 2)
        self.assertIsNone(None)


class PatchTests(unittest.TestCase):
    @mock.patch.object(Cart, "TAX", Decimal("0"))
    def test_no_tax(self):
        c = Cart(INVENTORY)
        c.add("melon")
        self.assertEqual(c.total(), Decimal("3.20"))

    def test_patch_context(self):
        with mock.patch("builtins.print") as fake:
            print("hidden", 1)
        fake.assert_called_with("hidden", 1)
        self.assertEqual(fake.call_count, 1)

    def test_multiline_diff(self):
        self.assertEqual("one\ntwo\nthree\n", "one\n2\nthree\n")


def strip_timing(text):
    return "\n".join("Ran N tests in T" if line.startswith("Ran ") else line for line in text.splitlines())


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    prog = unittest.main(argv=["cart"], exit=False, testRunner=runner)
    result = prog.result
    print(strip_timing(stream.getvalue()))
    print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors),
          "skipped:", len(result.skipped), "xfail:", len(result.expectedFailures))
    print("ok?", result.wasSuccessful())
    for test, tb in result.failures + result.errors:
        print(test.id(), "->", tb.strip().splitlines()[-1])
    suite = unittest.TestLoader().loadTestsFromName("test_empty", CartTests)
    print(suite.countTestCases(), [t.id() for t in suite])
    sys.exit(0)
