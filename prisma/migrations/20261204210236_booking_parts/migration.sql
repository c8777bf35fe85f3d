-- CreateTable
CREATE TABLE "BookingPart" (
    "bookingId" TEXT NOT NULL,
    "partCode" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    PRIMARY KEY ("bookingId", "partCode"),
    CONSTRAINT "BookingPart_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BookingPart_partCode_idx" ON "BookingPart"("partCode");
