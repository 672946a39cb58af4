from oslo_config import cfg


# Correct (Bandit's secret-config-option.py)
secret = True
opts = [
    # ok: password-config-option-not-secret
    cfg.StrOpt('admin_user',
               help="User's name"),
    # ok: password-config-option-not-secret
    cfg.StrOpt('admin_password',
               secret=True,
               help="User's password"),
    # ok: password-config-option-not-secret
    cfg.StrOpt('nova_password',
               secret=secret,
               help="Nova user password"),
]

# Incorrect: password not marked secret
ldap_opts = [
    # ok: password-config-option-not-secret
    cfg.StrOpt('ldap_user',
               help="LDAP bind user name"),
    # ruleid: password-config-option-not-secret
    cfg.StrOpt('ldap_password',
               help="LDAP bind user password"),
    # Names an LDAP attribute, not a secret: Bandit reports it, we do not.
    # ok: password-config-option-not-secret
    cfg.StrOpt('ldap_password_attribute',
               help="LDAP password attribute (default userPassword"),
    # ruleid: password-config-option-not-secret
    cfg.StrOpt('user_password',
               secret=False,
               help="User password"),
]
