"""Telegram front end for qa."""
