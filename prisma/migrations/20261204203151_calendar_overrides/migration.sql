-- CreateTable
CREATE TABLE "CalendarOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dealershipId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "open" BOOLEAN NOT NULL,
    "openTime" TEXT,
    "closeTime" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "CalendarOverride_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "Dealership" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarOverride_dealershipId_date_key" ON "CalendarOverride"("dealershipId", "date");
