"""The barcode scanner as a Reflex component: `barcode_scanner.jsx` beside
this file (the BarcodeDetector API where the browser has it, ZXing from npm
as the fallback), shown while the Today page scans."""

from __future__ import annotations

import reflex as rx

_SOURCE = rx.asset("barcode_scanner.jsx", shared=True)


class BarcodeScanner(rx.Component):
    library = _SOURCE.importable_path
    tag = "BarcodeScanner"
    lib_dependencies: list[str] = ["@zxing/browser@0.2.1", "@zxing/library@0.23.0"]

    label: rx.Var[str]
    on_detected: rx.EventHandler[rx.event.passthrough_event_spec(str)]
    on_error: rx.EventHandler[rx.event.passthrough_event_spec(str)]


barcode_scanner = BarcodeScanner.create
