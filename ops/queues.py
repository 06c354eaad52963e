"""What a broker queue holds, for the sweepers that tell a backlog from lost messages."""

from celery import current_app
from kombu.exceptions import ChannelError


def messages_waiting(queue: str) -> int | None:
    """How many messages `queue` holds (not counting those a worker has taken); None
    when it cannot be read (no broker, or it is down)."""
    try:
        with current_app.connection_for_read() as connection:
            return connection.default_channel.queue_declare(queue=queue, passive=True).message_count
    except ChannelError:
        # No such queue: Redis keeps none that is empty.
        return 0
    except Exception:  # noqa: BLE001 - any broker failure reads as "unknown"
        return None
