"""Public pages of the portal itself (the home page); each app has its own views."""

from django.shortcuts import render


def home(request):
    return render(request, "portal/home.html")
