/**
 * Demo customers, vehicles, service history and the recall list, built from CUSTOMER_SPECS relative to `now`.
 * Every id is stable: cust-01…cust-30 in spec order, veh-01… in order of appearance, rec-<vehicle>-<n>.
 */
import { addDays, daysBetween, shanghaiDateOf, toShanghaiInstant } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import type { Prisma } from "../generated/client.js";
import { CUSTOMER_SPECS } from "./customer-specs.js";
import type { VehicleSpec } from "./customer-specs.js";
import { withVinCheckDigit } from "./vin.js";
import { DEMO_ADVISORS, DEMO_DEALERSHIP_ID } from "./workshop.js";

export const DEMO_CUSTOMER_COUNT = CUSTOMER_SPECS.length;

/** The customer with one vehicle (veh-01) whose minor service falls due 15 days after `now`. */
export const DEMO_DUE_CUSTOMER = {
  id: "cust-01",
  mobile: "13800000001",
  vehicleId: "veh-01",
  advisorId: "adv-1",
};

export const DEMO_RECALL_ID = "recall-1";
export const DEMO_RECALL_CODE = "RC-FPM-01";
export const DEMO_RECALL_SERVICE_CODE = "recall-fuel-pump-module";

/** Days before `now` when the completed recall job was done. */
const RECALL_COMPLETED_DAYS_AGO = 20;
const DAYS_PER_YEAR = 365;
const SERVICE_INTERVAL_DAYS = 365;
/** The first service of a new car is at least this many days after registration. */
const MIN_DAYS_TO_FIRST_SERVICE = 150;
/** Every fourth yearly service is a major service (48-month interval). */
const MAJOR_SERVICE_EVERY = 4;

const WMI = "VR1";
const VDS_BY_MODEL: Readonly<Record<string, string>> = {
  "DS 4": "DBHNW",
  "DS 7": "JHFHN",
  "DS 7 E-TENSE": "JHFHP",
  "DS 9": "XAHXZ",
  "DS 9 E-TENSE": "XAHYZ",
};
/** VIN model-year codes (position 10) in their 30-year cycle: 1980 and 2010 are "A", 2030 "Y", 2031 "1". */
const MODEL_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
const MODEL_YEAR_CYCLE_START = 1980;

/** VINs on the recall list whose cars are not registered with this dealership. */
const OTHER_RECALL_VIN_SERIALS = ["731946", "731988", "732015", "732107"];

export interface DemoPeople {
  customers: Prisma.CustomerCreateManyInput[];
  vehicles: Prisma.VehicleCreateManyInput[];
  serviceRecords: Prisma.ServiceRecordCreateManyInput[];
  recall: Prisma.RecallCreateManyInput;
  recallVehicles: Prisma.RecallVehicleCreateManyInput[];
}

/** Build the demo customers, their vehicles and history, and the recall list, all dated relative to `now`. */
export function demoPeople(now: Date): DemoPeople {
  const today = shanghaiDateOf(now);
  const people: DemoPeople = {
    customers: [],
    vehicles: [],
    serviceRecords: [],
    recall: demoRecall(),
    recallVehicles: [],
  };

  let vehicleNumber = 0;
  CUSTOMER_SPECS.forEach((customerSpec, customerIndex) => {
    const customerId = `cust-${pad2(customerIndex + 1)}`;
    const firstRegistration = addDays(today, -Math.max(...customerSpec.vehicles.map((v) => v.ageDays)));
    const advisor = DEMO_ADVISORS[customerIndex % DEMO_ADVISORS.length];
    if (advisor === undefined) throw new Error("DEMO_ADVISORS is empty: the demo customers need an advisor.");

    people.customers.push({
      id: customerId,
      dealershipId: DEMO_DEALERSHIP_ID,
      name: customerSpec.name,
      mobile: `138000000${pad2(customerIndex + 1)}`,
      advisorId: advisor.id,
      consentAt: toShanghaiInstant(firstRegistration, "10:00"),
      createdAt: toShanghaiInstant(firstRegistration, "10:00"),
    });

    for (const vehicleSpec of customerSpec.vehicles) {
      vehicleNumber += 1;
      const vehicleId = `veh-${pad2(vehicleNumber)}`;
      const built = buildVehicle(vehicleSpec, vehicleId, customerId, vehicleNumber, today);
      people.vehicles.push(built.vehicle);
      people.serviceRecords.push(...built.records);
      addRecallEntry(people, vehicleSpec, built.vehicle, today);
    }
  });

  for (const serial of OTHER_RECALL_VIN_SERIALS) {
    people.recallVehicles.push({ recallId: DEMO_RECALL_ID, vin: demoVin("DS 7", 2023, serial) });
  }
  return people;
}

function demoRecall(): Prisma.RecallCreateManyInput {
  return {
    id: DEMO_RECALL_ID,
    dealershipId: DEMO_DEALERSHIP_ID,
    code: DEMO_RECALL_CODE,
    title: "燃油泵控制模块召回",
    description:
      "部分 DS 7 车辆的燃油泵控制模块可能出现内部电路故障，导致行驶中发动机熄火。" +
      "本店将为受影响车辆免费更换新的燃油泵控制模块，约需 1.5 小时。",
    serviceCode: DEMO_RECALL_SERVICE_CODE,
  };
}

function buildVehicle(
  spec: VehicleSpec,
  vehicleId: string,
  customerId: string,
  vehicleNumber: number,
  today: LocalDate,
): { vehicle: Prisma.VehicleCreateManyInput; records: Prisma.ServiceRecordCreateManyInput[] } {
  const registration = addDays(today, -spec.ageDays);
  const records =
    vehicleId === DEMO_DUE_CUSTOMER.vehicleId
      ? dueCustomerHistory(vehicleId, today)
      : yearlyHistory(spec, vehicleId, registration, today);

  // The mileage on file was read at the last visit, except veh-01, whose owner reported it 30 days ago.
  const lastRecord = records.at(-1);
  const mileage =
    vehicleId === DEMO_DUE_CUSTOMER.vehicleId
      ? { mileageKm: 28_700, mileageRecordedAt: toShanghaiInstant(addDays(today, -30), "12:00") }
      : {
          mileageKm: lastRecord?.mileageKm ?? null,
          mileageRecordedAt: lastRecord === undefined ? null : toShanghaiInstant(lastRecord.date, "12:00"),
        };

  const vehicle: Prisma.VehicleCreateManyInput = {
    id: vehicleId,
    customerId,
    plate: spec.plate,
    vin:
      spec.hasVin === false
        ? null
        : demoVin(spec.model, yearOf(registration), String(510_000 + vehicleNumber * 137)),
    model: spec.model,
    ...mileage,
    usualVisitTime: spec.usualVisitTime ?? null,
    createdAt: toShanghaiInstant(registration, "10:00"),
  };
  return { vehicle, records };
}

/** veh-01: minor services 715 and 350 days before today, so the next one falls due in 15 days. */
function dueCustomerHistory(vehicleId: string, today: LocalDate): Prisma.ServiceRecordCreateManyInput[] {
  return [
    {
      id: `rec-${vehicleId}-1`,
      vehicleId,
      date: addDays(today, -715),
      mileageKm: 9_800,
      serviceCodes: "minor",
    },
    {
      id: `rec-${vehicleId}-2`,
      vehicleId,
      date: addDays(today, -350),
      mileageKm: 19_900,
      serviceCodes: "minor,wipers",
    },
  ];
}

/**
 * Build one visit a year, counted back from the last visit, with every fourth visit a major service.
 * Mileage grows linearly with `kmPerYear` from registration, rounded to 100 km.
 */
function yearlyHistory(
  spec: VehicleSpec,
  vehicleId: string,
  registration: LocalDate,
  today: LocalDate,
): Prisma.ServiceRecordCreateManyInput[] {
  if (spec.daysSinceLastService === null) return [];

  const visitDates: LocalDate[] = [];
  for (
    let date = addDays(today, -spec.daysSinceLastService);
    ;
    date = addDays(date, -SERVICE_INTERVAL_DAYS)
  ) {
    if (daysBetween(registration, date) < MIN_DAYS_TO_FIRST_SERVICE) break;
    visitDates.unshift(date);
  }

  return visitDates.map((date, index) => {
    const visitNumber = index + 1;
    const codes = [visitNumber % MAJOR_SERVICE_EVERY === 0 ? "major" : "minor"];
    if (visitNumber % 3 === 0) codes.push("brake-fluid");
    if (visitNumber === 2) codes.push("ac");
    const kilometres = (spec.kmPerYear * daysBetween(registration, date)) / DAYS_PER_YEAR;
    return {
      id: `rec-${vehicleId}-${visitNumber}`,
      vehicleId,
      date,
      mileageKm: Math.round(kilometres / 100) * 100,
      serviceCodes: codes.join(","),
    };
  });
}

function addRecallEntry(
  people: DemoPeople,
  spec: VehicleSpec,
  vehicle: Prisma.VehicleCreateManyInput,
  today: LocalDate,
): void {
  if (spec.recall === undefined) return;
  if (vehicle.vin === null || vehicle.vin === undefined) {
    throw new Error(
      `Demo vehicle ${vehicle.id} is on the recall list but has no VIN. Remove hasVin: false from its spec.`,
    );
  }

  if (spec.recall === "open") {
    people.recallVehicles.push({ recallId: DEMO_RECALL_ID, vin: vehicle.vin });
    return;
  }

  const completedDate = addDays(today, -RECALL_COMPLETED_DAYS_AGO);
  people.recallVehicles.push({
    recallId: DEMO_RECALL_ID,
    vin: vehicle.vin,
    completedAt: toShanghaiInstant(completedDate, "15:00"),
  });
  people.serviceRecords.push({
    id: `rec-${vehicle.id}-recall`,
    vehicleId: vehicle.id,
    date: completedDate,
    mileageKm: null,
    serviceCodes: DEMO_RECALL_SERVICE_CODE,
    note: `召回 ${DEMO_RECALL_CODE} 已完成`,
  });
}

/** Build an invented VIN: WMI, model VDS, check digit, model-year code, plant "A", 6-digit serial. */
function demoVin(model: string, modelYear: number, serial: string): string {
  const vds = VDS_BY_MODEL[model];
  const yearCode = MODEL_YEAR_CODES[(modelYear - MODEL_YEAR_CYCLE_START) % MODEL_YEAR_CODES.length];
  if (vds === undefined || yearCode === undefined) {
    throw new Error(
      `No demo VIN pattern for model '${model}' of ${modelYear}. Add the model to VDS_BY_MODEL.`,
    );
  }
  return withVinCheckDigit(`${WMI}${vds}0${yearCode}A${serial.padStart(6, "0").slice(-6)}`);
}

function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
