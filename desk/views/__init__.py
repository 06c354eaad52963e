"""The desk's screens, a module each: discussion, notifications, publishing, public pages."""
