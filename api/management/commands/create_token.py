from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from api.models import ApiToken
from api.services import create_token


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it is stored only as a hash)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", required=True, help="The tool that will use the token.")
        parser.add_argument(
            "--read-only", action="store_true", help="A token that can read but change nothing."
        )

    def handle(self, *args, username: str, name: str, read_only: bool, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        scope = ApiToken.Scope.READ if read_only else ApiToken.Scope.WRITE
        try:
            _, secret = create_token(user=user, name=name, scope=scope)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        # The secret alone on stdout, so a script can capture it; the advice on stderr.
        self.stdout.write(secret)
        self.stderr.write("Store it now: it cannot be shown again.")
