"""What tracking tells the apps built on it."""

from django.dispatch import Signal

# Sent after the commit that records an alert, with `alert` (a tracking Alert whose
# followers are set). The e-mail and webhook deliveries connect here, and so can an
# in-app notification.
alert_raised = Signal()
