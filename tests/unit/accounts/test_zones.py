"""The profile's time-zone picker starts with the browser's zone and the
usual ones, each once; a zone the server does not know is left out."""

from mitai_app.accounts.profile import COMMON_ZONES, common_zones, timezones
from mitai_app.accounts.service import known_zone


def test_the_browsers_zone_comes_first_then_the_usual_ones():
    assert common_zones("Asia/Kolkata") == ["Asia/Kolkata", *COMMON_ZONES]
    assert common_zones("Europe/Vienna")[0] == "Europe/Vienna"
    assert common_zones("Europe/Vienna").count("Europe/Vienna") == 1
    assert common_zones("") == list(COMMON_ZONES)
    assert common_zones("Not/AZone") == list(COMMON_ZONES)


def test_the_usual_zones_are_real_and_start_with_the_german_speaking_ones():
    assert set(COMMON_ZONES) <= set(timezones())
    assert COMMON_ZONES[:4] == ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London")


def test_an_unknown_zone_becomes_utc():
    assert known_zone("America/New_York") == "America/New_York"
    assert known_zone("../../etc/passwd") == "UTC"
    assert known_zone("") == "UTC"
