"""Receivers of the sign-in signals (imported by accounts.apps)."""

from django.contrib.auth.signals import user_logged_in as django_user_logged_in

from accounts.middleware import start_activity_clock

# Every login (allauth's, the test client's): the staff idle timeout's clock starts.
django_user_logged_in.connect(start_activity_clock, dispatch_uid="staff_activity_clock")
