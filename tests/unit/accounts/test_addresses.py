"""Where mailed links point when no public address is configured."""

import pytest

from mitai_app.accounts.addresses import link_base


@pytest.mark.parametrize(
    "opened_at",
    [
        "http://localhost:3000",
        "http://127.0.0.1:41234",
        "http://192.168.1.20:3000",
        "http://10.0.0.5",
        "https://172.20.1.2:8443",
        "http://[::1]:3000",
        "http://[fd12:3456::1]:3000",
        "http://raspberrypi:3000",
        "http://mitai.local:3000",
        "https://mitai.home.arpa",
    ],
)
def test_an_address_on_this_machine_or_the_home_network_is_used(opened_at):
    assert link_base(configured=None, opened_at=opened_at + "/", port=3000) == opened_at


@pytest.mark.parametrize(
    "opened_at",
    [
        None,
        "",
        "https://evil.example",
        "http://8.8.8.8:3000",
        "javascript://localhost",
        "http://localhost:notaport",
        "http://192.168.1.20:3000/some/path",
        "null",
    ],
)
def test_anything_else_falls_back_to_localhost(opened_at):
    assert link_base(configured=None, opened_at=opened_at, port=3123) == "http://localhost:3123"


def test_the_configured_address_wins():
    base = link_base(
        configured="https://mitai.example.org/", opened_at="http://192.168.1.20:3000", port=3000
    )
    assert base == "https://mitai.example.org"
