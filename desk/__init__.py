"""The verification desk: discussion, notifications, and published fact-checks."""
