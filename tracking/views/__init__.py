"""Tracking's screens, a module per screen."""
