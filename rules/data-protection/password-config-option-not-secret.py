from oslo_config import cfg

MASKED = True

database_opts = [
    # ok: password-config-option-not-secret
    cfg.StrOpt('db_user', help='Database account'),
    # ok: password-config-option-not-secret
    cfg.StrOpt('db_password', secret=True, help='Database password'),
    # ok: password-config-option-not-secret
    cfg.StrOpt('replica_password', secret=MASKED, help='Replica password'),
    # ruleid: password-config-option-not-secret
    cfg.StrOpt('rabbit_password',
               help='Message broker password'),
    # Names a directory attribute, not a secret: Bandit reports it, we do not.
    # ok: password-config-option-not-secret
    cfg.StrOpt('ldap_password_attribute', default='userPassword'),
    # ruleid: password-config-option-not-secret
    cfg.StrOpt('admin_token', secret=False, help='Bootstrap token'),
]
