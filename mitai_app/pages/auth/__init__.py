"""Signing up, in and out, and the links that arrive by e-mail."""
