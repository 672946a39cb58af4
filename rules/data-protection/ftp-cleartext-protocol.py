# ruleid: ftp-cleartext-protocol
from ftplib import FTP
# ruleid: ftp-cleartext-protocol
import ftplib
# ruleid: ftp-cleartext-protocol
from ftplib import FTP_TLS
# ok: ftp-cleartext-protocol
import ssl
# ok: ftp-cleartext-protocol
import paramiko


def bad(host):
    # ruleid: ftp-cleartext-protocol
    ftp = FTP("ftp.debian.org")
    ftp.login()
    # ruleid: ftp-cleartext-protocol
    other = ftplib.FTP(host)
    return other


def ok(host):
    # ok: ftp-cleartext-protocol
    ftp = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftp.prot_p()
    # ok: ftp-cleartext-protocol
    sftp = paramiko.SFTPClient.from_transport(None)
    return sftp
