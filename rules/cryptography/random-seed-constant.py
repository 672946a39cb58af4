import random
from random import seed

# ruleid: random-seed-constant
random.seed(42)
# ruleid: random-seed-constant
seed("fixed")

# ok: random-seed-constant
random.seed()
# ok: random-seed-constant
random.seed(None)
# ok: random-seed-constant
random.seed(os.urandom(16))
# ok: random-seed-constant
rng = random.Random(42)
# ok: random-seed-constant
numpy_rng.seed(42)
