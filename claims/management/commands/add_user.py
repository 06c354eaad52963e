from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.roles import EDITORS, VIEWERS


class Command(BaseCommand):
    help = "Create a user in the editors or viewers role, or reset an existing one's password."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--password", required=True)
        parser.add_argument("--role", choices=[EDITORS, VIEWERS], default=EDITORS)
        parser.add_argument("--admin", action="store_true", help="Also give access to /admin/.")
        parser.add_argument(
            "--if-missing", action="store_true", help="Leave an existing user untouched."
        )

    @transaction.atomic
    def handle(self, *args, username, password, role, admin, if_missing, **options):
        user, created = get_user_model().objects.get_or_create(username=username)
        if not created and if_missing:
            self.stdout.write(f"{username} exists; left as it is.")
            return
        user.set_password(password)
        user.is_staff = user.is_superuser = admin
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        verb = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{verb} {username} ({role})."))
