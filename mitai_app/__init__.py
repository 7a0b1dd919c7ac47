"""Mitai Jinkendo: a self-hosted body and health tracker with AI analyses."""

__version__ = "0.1.0"
