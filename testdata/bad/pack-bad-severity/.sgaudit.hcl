packs = ["./pack"]
