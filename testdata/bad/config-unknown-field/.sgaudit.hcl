fail_on  = "high"
fail_off = "low"
