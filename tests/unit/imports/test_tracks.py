"""GPX (Garmin's TrackPointExtension heart rate) and TCX (several
activities in one file): start in the profile's zone, duration, distance,
average and maximum heart rate; XML attacks refused."""

from __future__ import annotations

import io
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from mitai_app.imports import tracks
from mitai_app.imports.apple_health import XmlRefused
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import GPX, TCX, dense_gpx

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_gpx_track_over_two_segments_with_garmin_heart_rate():
    (row,) = tracks.parse_gpx(io.BytesIO(GPX), zone=BERLIN).rows
    v = row.values
    assert (row.day, v["start_time"], v["duration_minutes"]) == (date(2024, 3, 1), time(7, 0), 10)
    assert v["distance_km"] == 2.0  # 2 × 0.009° of latitude
    assert (v["avg_hr"], v["max_hr"], v["description"]) == (144, 162, "Morning Run")
    assert (row.device, row.key) == ("Garmin Connect", "gpx:activity:2024-03-01T06:00:00Z")


def test_a_tracks_heart_rate_samples_are_kept_as_seconds_at_each_rate():
    gpx = dense_gpx("2024-03-01", [130] * 24 + [160] * 12)  # every 5 s for 3 minutes
    (row,) = tracks.parse_gpx(io.BytesIO(gpx), zone=BERLIN).rows
    assert row.values["hr_seconds"] == {"130": 120, "160": 55}  # the last sample holds nothing
    # The fixture's samples are five minutes apart: pauses, no time in zones.
    (sparse,) = tracks.parse_gpx(io.BytesIO(GPX), zone=BERLIN).rows
    assert "hr_seconds" not in sparse.values


def test_every_activity_of_a_tcx_file_with_lap_totals():
    run, ride = tracks.parse_tcx(io.BytesIO(TCX), zone=BERLIN).rows
    assert (run.values["duration_minutes"], run.values["distance_km"], run.values["kcal"]) == (
        15,
        3.0,
        230,
    )
    assert (run.values["avg_hr"], run.values["max_hr"], run.device) == (140, 171, "Forerunner 255")
    # 23:30 UTC is half past midnight the next day in Berlin.
    assert (ride.day, ride.values["start_time"]) == (date(2024, 3, 2), time(0, 30))
    assert (ride.values["avg_hr"], ride.values["max_hr"], ride.values["description"]) == (
        128,
        155,
        "Biking",
    )


def test_garmins_heart_rate_wins_over_another_extensions_and_an_empty_track_is_skipped():
    data = GPX.replace(
        b"<ns3:hr>162</ns3:hr></ns3:TrackPointExtension>",
        b"<ns3:hr>162</ns3:hr></ns3:TrackPointExtension><x:hr xmlns:x='urn:x'>99</x:hr>",
    )
    data = data.replace(b"</gpx>", b"<trk><name>empty</name></trk></gpx>")
    parsed = tracks.parse_gpx(io.BytesIO(data))
    assert [r.values["max_hr"] for r in parsed.rows] == [162]
    assert [(s.reason, s.value) for s in parsed.skipped] == [("date", "empty")]


def test_a_track_that_jumps_round_the_world_gets_no_distance():
    far = GPX.replace(b'lat="52.5380" lon="13.4050"', b'lat="-52.5380" lon="-166.5950"')
    far = far.replace(b'lat="52.5290" lon="13.4050"', b'lat="52.5290" lon="-166.5950"')
    (row,) = tracks.parse_gpx(io.BytesIO(far)).rows
    assert row.values["distance_km"] is None


def test_a_broken_tcx_keeps_the_activities_that_ended_before_the_fault():
    cut = TCX[: TCX.index(b'<Activity Sport="Biking">') + 60]
    parsed = tracks.parse_tcx(io.BytesIO(cut))
    assert [r.values["description"] for r in parsed.rows] == ["Running"]
    assert parsed.stopped is not None


def test_an_entity_bomb_is_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaa">]><gpx>&a;</gpx>'
    with pytest.raises(XmlRefused):
        tracks.parse_gpx(io.BytesIO(bomb))


@pytest.mark.parametrize(("data", "expected"), [(GPX, "gpx"), (TCX, "tcx")])
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "activity.xml", data)) as opened:
        assert opened.format == expected
