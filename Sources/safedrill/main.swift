print("safedrill")
