"""Open Food Facts: one product by its barcode over their read API, as their
rules ask (https://openfoodfacts.github.io/openfoodfacts-server/api/): a
descriptive User-Agent naming the app, only the fields needed, and no more
than 100 product reads a minute from this process (their limit per client).
A slow or unreachable server is given up after TIMEOUT_S, so nothing hangs.

No database here: the service caches what this returns as a shared food.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass

import httpx

from mitai_app import __version__
from mitai_app.nutrition.consts import NUTRIENTS
from mitai_app.nutrition.portions import implausible

TIMEOUT_S = 4.0
READS_PER_MINUTE = 100
USER_AGENT = f"MitaiJinkendo/{__version__} (self-hosted health tracker; barcode lookup)"
FIELDS = "code,product_name,product_name_de,product_name_en,brands,nutriments,serving_quantity"
# Their nutriment keys per 100 g/ml, by our column names.
_NUTRIMENTS = {
    "kcal": "energy-kcal_100g",
    "protein_g": "proteins_100g",
    "carbs_g": "carbohydrates_100g",
    "sugar_g": "sugars_100g",
    "fat_g": "fat_100g",
    "sat_fat_g": "saturated-fat_100g",
    "fiber_g": "fiber_100g",
    "salt_g": "salt_100g",
}


class Unavailable(Exception):
    """Open Food Facts did not answer in time, failed, or our rate is used up."""


@dataclass(frozen=True)
class Product:
    barcode: str
    name_de: str
    name_en: str
    brand: str
    values: dict[str, float | None]  # per 100 g/ml, consts.NUTRIENTS
    serving_amount: float | None


class _Limiter:
    """At most `limit` calls in any 60 seconds (a sliding window)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.calls: deque[float] = deque()
        self.lock = threading.Lock()

    def take(self) -> bool:
        now = time.monotonic()
        with self.lock:
            while self.calls and now - self.calls[0] >= 60:
                self.calls.popleft()
            if len(self.calls) >= self.limit:
                return False
            self.calls.append(now)
            return True


limiter = _Limiter(READS_PER_MINUTE)


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def _values(nutriments: dict) -> dict[str, float | None]:
    """Their numbers per 100 g/ml; a value no food has is dropped, not kept."""
    values = {name: _number(nutriments.get(key)) for name, key in _NUTRIMENTS.items()}
    for _ in NUTRIENTS:
        wrong = implausible(values)
        if not wrong:
            break
        for name in ("protein_g", "carbs_g", "fat_g") if wrong == "macros" else (wrong,):
            values[name] = None
    return values


def parse(barcode: str, payload: dict) -> Product | None:
    """The product in an API answer, or None when they don't know it."""
    product = payload.get("product") if payload.get("status") in (1, "1") else None
    if not isinstance(product, dict):
        return None
    name = str(product.get("product_name") or "").strip()
    name_de = str(product.get("product_name_de") or name).strip()
    name_en = str(product.get("product_name_en") or name).strip()
    if not (name_de or name_en):
        return None
    brand = str(product.get("brands") or "").split(",")[0].strip()
    serving = _number(product.get("serving_quantity"))
    return Product(
        barcode=barcode,
        name_de=(name_de or name_en)[:200],
        name_en=(name_en or name_de)[:200],
        brand=brand[:120],
        values=_values(product.get("nutriments") or {}),
        serving_amount=serving if serving and serving <= 5000 else None,
    )


def fetch(barcode: str, *, base_url: str, timeout_s: float | None = None) -> Product | None:
    """The product with `barcode`, None when Open Food Facts doesn't know
    it; raises Unavailable when they can't be asked now."""
    if not limiter.take():
        raise Unavailable("rate limit")
    url = f"{base_url.rstrip('/')}/api/v2/product/{barcode}.json"
    try:
        response = httpx.get(
            url,
            params={"fields": FIELDS},
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            timeout=timeout_s or TIMEOUT_S,
        )
    except httpx.HTTPError as error:
        raise Unavailable(type(error).__name__) from error
    if response.status_code == 404:
        return None
    if response.status_code != 200:
        raise Unavailable(f"HTTP {response.status_code}")
    try:
        return parse(barcode, response.json())
    except ValueError as error:
        raise Unavailable("not JSON") from error
