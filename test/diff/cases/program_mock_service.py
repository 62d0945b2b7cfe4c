"""A unittest suite for a weather-alert service, with unittest.mock patches, subTests and skips."""
import io
import re
import sys
import unittest
from unittest import mock


class ApiError(Exception):
    pass


class WeatherClient:
    def __init__(self, session):
        self.session = session

    def current(self, city):
        resp = self.session.get(f"/weather/{city}", timeout=5)
        if resp.status != 200:
            raise ApiError(f"{city}: HTTP {resp.status}")
        return resp.json()


class AlertService:
    THRESHOLDS = {"heat": 35, "frost": 0, "wind": 60}

    def __init__(self, client, notifier, clock=None):
        self.client, self.notifier, self.clock = client, notifier, clock
        self.sent = []

    def check(self, city):
        data = self.client.current(city)
        alerts = []
        if data["temp"] >= self.THRESHOLDS["heat"]:
            alerts.append("heat")
        if data["temp"] <= self.THRESHOLDS["frost"]:
            alerts.append("frost")
        if data.get("wind", 0) >= self.THRESHOLDS["wind"]:
            alerts.append("wind")
        for a in alerts:
            stamp = self.clock() if self.clock else "now"
            self.notifier.send(city, a, at=stamp)
            self.sent.append((city, a))
        return alerts

    def check_all(self, cities):
        report = {}
        for c in cities:
            try:
                report[c] = self.check(c)
            except ApiError as e:
                report[c] = f"error: {e}"
        return report


def make_response(status=200, **payload):
    resp = mock.Mock(status=status)
    resp.json.return_value = payload
    return resp


class AlertTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cities = ["oslo", "cairo", "lima"]

    def setUp(self):
        self.session = mock.Mock(name="session")
        self.notifier = mock.MagicMock(name="notifier")
        self.service = AlertService(WeatherClient(self.session), self.notifier, clock=lambda: "12:00")

    def test_thresholds(self):
        cases = [(40, 0, ["heat"]), (-3, 10, ["frost"]), (20, 80, ["wind"]), (36, 70, ["heat", "wind"]), (15, 5, [])]
        for temp, wind, expected in cases:
            with self.subTest(temp=temp, wind=wind):
                self.session.get.return_value = make_response(temp=temp, wind=wind)
                self.assertEqual(self.service.check("x"), expected)

    def test_notifier_calls(self):
        self.session.get.return_value = make_response(temp=50, wind=90)
        self.service.check("cairo")
        self.notifier.send.assert_has_calls([mock.call("cairo", "heat", at="12:00"), mock.call("cairo", "wind", at="12:00")])
        self.assertEqual(self.notifier.send.call_count, 2)
        self.session.get.assert_called_once_with("/weather/cairo", timeout=5)
        print("    mock_calls:", self.notifier.mock_calls)
        print("    call_args:", self.notifier.send.call_args, self.notifier.send.call_args.kwargs)

    def test_errors_are_reported(self):
        self.session.get.side_effect = [make_response(temp=1), make_response(status=503), make_response(temp=-9)]
        report = self.service.check_all(self.cities)
        self.assertEqual(report, {"oslo": [], "cairo": "error: cairo: HTTP 503", "lima": ["frost"]})
        self.assertRaises(StopIteration, self.session.get)

    def test_side_effect_exception(self):
        self.session.get.side_effect = ConnectionError("down")
        with self.assertRaisesRegex(ConnectionError, r"^do"):
            self.service.check("oslo")
        with self.assertRaises(ConnectionError) as cm:
            self.service.check("lima")
        self.assertEqual(str(cm.exception), "down")

    @mock.patch.object(AlertService, "THRESHOLDS", {"heat": 10, "frost": -50, "wind": 999})
    def test_patched_thresholds(self):
        self.session.get.return_value = make_response(temp=11)
        self.assertEqual(self.service.check("lima"), ["heat"])

    def test_patch_context_and_spec(self):
        with mock.patch(f"{__name__}.WeatherClient.current", return_value={"temp": 99}) as fake:
            svc = AlertService(WeatherClient(None), self.notifier)
            self.assertEqual(svc.check("x"), ["heat"])
            fake.assert_called_once_with("x")
        spec = mock.create_autospec(WeatherClient, instance=True)
        spec.current.return_value = {"temp": 5}
        self.assertEqual(AlertService(spec, self.notifier).check("y"), [])
        with self.assertRaises(TypeError) as cm:
            spec.current("a", "b")
        print("    autospec error:", cm.exception)
        with self.assertRaises(AttributeError):
            spec.no_such_method

    def test_failing_on_purpose(self):
        self.assertEqual(self.service.THRESHOLDS["heat"], 30, "heat threshold changed")

    def test_error_on_purpose(self):
        self.service.check(None)

    @unittest.skip("not ready")
    def test_skipped(self):
        raise AssertionError("never")

    @unittest.skipIf(sys.version_info >= (3, 0), "python 3")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertIn("snow", AlertService.THRESHOLDS)

    def test_assert_helpers(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsNone(None)
        self.assertRegex("alert-42", r"\d+")
        with self.assertLogs("alerts", level="WARNING") as logs:
            import logging
            logging.getLogger("alerts").warning("temp %d", 41)
        self.assertEqual(logs.output, ["WARNING:alerts:temp 41"])


class MockBehaviour(unittest.TestCase):
    def test_magic_and_properties(self):
        m = mock.MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.side_effect = lambda k: k * 2
        self.assertEqual((len(m), m[4], bool(m)), (3, 8, True))
        p = mock.PropertyMock(return_value="prop")
        with mock.patch.object(AlertService, "label", p, create=True):
            self.assertEqual(AlertService(None, None).label, "prop")
        self.assertFalse(hasattr(AlertService, "label"))
        s = mock.sentinel.token
        self.assertIs(s, mock.sentinel.token)
        print("    sentinel:", s, "ANY:", mock.ANY == 5)

    def test_dict_patch(self):
        config = {"mode": "prod"}
        with mock.patch.dict(config, {"mode": "test", "debug": True}):
            self.assertEqual(sorted(config), ["debug", "mode"])
        self.assertEqual(config, {"mode": "prod"})

    def test_call_list(self):
        m = mock.Mock(return_value=None)
        m(1)
        m(2, k="v")
        m.child.method("z")
        self.assertEqual(m.call_args_list, [mock.call(1), mock.call(2, k="v")])
        print("    method_calls:", m.method_calls)
        m.reset_mock()
        self.assertEqual((m.called, m.call_count), (False, 0))
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_with(3)
        print("    assert msg:", str(cm.exception).splitlines()[0])


def main():
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    prog = unittest.main(module=__name__, exit=False, testRunner=runner, argv=["alerts"])
    result = prog.result
    for line in stream.getvalue().splitlines():
        if re.match(r"^Ran \d+ tests? in ", line):
            line = re.sub(r"in [\d.]+s", "in <T>s", line)
        line = re.sub(r'File ".*?([\w]+\.py)"', r'File "\1"', line)
        line = re.sub(r"id='\d+'", "id=<ID>", line)
        print("|", line)
    print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors),
          "skipped:", len(result.skipped), "xfail:", len(result.expectedFailures), "ok:", result.wasSuccessful())
    print("failed ids:", sorted(t.id().split(".")[-1] for t, _ in result.failures + result.errors))


main()
