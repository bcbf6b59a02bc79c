-- CreateTable
CREATE TABLE "plan"."milestone" (
    "code" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "date_quote" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("code")
);
