# Bandit's examples/try_except_continue.py: two findings, on the `except` lines.
for i in range(1, 3):
    try:
        a = i
    # ruleid: try-except-continue
    except:
        continue

while True:
    try:
        a = 1
    # ruleid: try-except-continue
    except Exception:
        continue

for i in range(1, 3):
    try:
        a = i
    # ok: try-except-continue
    except ZeroDivisionError:
        continue
    # ok: try-except-continue
    except:
        a = 2

for i in range(1, 3):
    try:
        a = i
    # ok: try-except-continue
    except Exception:
        pass
