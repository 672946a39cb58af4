import django_filters
from django import forms
from django.views.generic.edit import UpdateView
from rest_framework import serializers

from .models import Account, Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        # ruleid: model-fields-all
        fields = "__all__"


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = Account
        # ruleid: model-fields-all
        fields = '__all__'


class AccountUpdate(UpdateView):
    model = Account
    # ruleid: model-fields-all
    fields = "__all__"


class SafeProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        # ok: model-fields-all
        fields = ["first_name", "last_name"]


class AccountFilter(django_filters.FilterSet):
    class Meta:
        model = Account
        # Filtering on every field is not mass assignment.
        # ok: model-fields-all
        fields = "__all__"


class Exports:
    # ok: model-fields-all
    __all__ = ["ProfileForm"]
