// The phone camera reading a food's barcode: the browser's own
// BarcodeDetector where it has one for these formats, else ZXing
// (@zxing/browser). Calls onDetected(code) once, or onError(name) when no
// camera can be used (none, refused, not a secure page), so the page can
// point to the typed number instead.
import React, { useEffect, useRef } from "react";

const FORMATS = ["ean_13", "ean_8", "upc_a", "upc_e"]; // printed on food packs
const CAMERA = { video: { facingMode: "environment" }, audio: false };
const EVERY_MS = 200;

async function nativeDetector() {
  if (!("BarcodeDetector" in window)) return null;
  try {
    const supported = await window.BarcodeDetector.getSupportedFormats();
    const formats = FORMATS.filter((format) => supported.includes(format));
    return formats.length ? new window.BarcodeDetector({ formats }) : null;
  } catch {
    return null;
  }
}

async function zxingReader() {
  const { BrowserMultiFormatReader } = await import("@zxing/browser");
  const { BarcodeFormat, DecodeHintType } = await import("@zxing/library");
  const formats = [BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.UPC_E];
  return new BrowserMultiFormatReader(new Map([[DecodeHintType.POSSIBLE_FORMATS, formats]]));
}

export function BarcodeScanner({ onDetected, onError, label }) {
  const video = useRef(null);
  // The latest handlers: the effect below runs once per mount.
  const handlers = useRef({ onDetected, onError });
  handlers.current = { onDetected, onError };

  useEffect(() => {
    let stopped = false;
    let stream = null;
    let controls = null;
    let timer = null;
    const found = (code) => {
      if (!stopped) {
        stopped = true;
        handlers.current.onDetected?.(String(code));
      }
    };
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("", "NotSupportedError");
        const detector = await nativeDetector();
        if (detector) {
          stream = await navigator.mediaDevices.getUserMedia(CAMERA);
          if (stopped) return;
          video.current.srcObject = stream;
          await video.current.play();
          const look = async () => {
            if (stopped) return;
            try {
              const codes = await detector.detect(video.current);
              if (codes.length) return found(codes[0].rawValue);
            } catch {
              // a frame not ready yet: try the next one
            }
            timer = setTimeout(look, EVERY_MS);
          };
          look();
        } else {
          const reader = await zxingReader();
          if (stopped) return;
          controls = await reader.decodeFromConstraints(CAMERA, video.current, (result) => {
            if (result) found(result.getText());
          });
          if (stopped) controls.stop();
        }
      } catch (error) {
        if (!stopped) handlers.current.onError?.(error?.name || "Error");
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controls?.stop();
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <video
      ref={video}
      muted
      playsInline
      aria-label={label}
      style={{ width: "100%", maxHeight: "16rem", background: "black", borderRadius: "var(--radius-3)" }}
    />
  );
}
