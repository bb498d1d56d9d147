import stripe

stripe.api_key = "{{decoy:lit:sk_test_4eC39HqLyjWDarjtT1zdp7dc}}"
REVISION = "{{decoy:hex:20}}"
