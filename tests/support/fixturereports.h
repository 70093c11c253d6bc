#pragma once

// A TEST FIXTURE, not data: two made-up services, each with a report for
// 2024 and one for 2025, for the tests of several reports in one database
// (issue 19). Every name says "fixture de Mirador"; every figure is
// invented, its source sentence says so, and every report is marked
// synthetic (report.synthetic = 1), so nothing here can pass for a real
// service's report. It never adds a year to a real service.

#include "testsupport.h"

namespace FixtureReports {

inline const QString service = QStringLiteral("Servicio de prueba (fixture de Mirador)");
inline const QString secondService = QStringLiteral("Segundo servicio de prueba (fixture de Mirador)");
constexpr int firstYear = 2024;
constexpr int lastYear = 2025;

/// Of service, in both years: one program row. In 2025 it counts two units
/// ("empresas" in the Metropolitana, "personas" in Biobío) that must never
/// be added together.
inline const QString sharedProgram = QStringLiteral("Programa compartido (fixture de Mirador)");
/// Of service, in 2024 only.
inline const QString firstYearProgram = QStringLiteral("Programa solo de 2024 (fixture de Mirador)");
/// Of service, in 2025 only.
inline const QString lastYearProgram = QStringLiteral("Programa solo de 2025 (fixture de Mirador)");
/// Of secondService, in both years; its 2025 Ñuble result has no budget.
inline const QString secondServiceProgram = QStringLiteral("Programa del segundo servicio (fixture de Mirador)");

/// Writes both services into db in one transaction: per report its
/// objectives (2 for service, 1 for secondService, the same titles both
/// years) with one action each, results, indicators and milestones:
///
///   service        2024  objective 1  sharedProgram     Metropolitana  1.000 M$  10 empresas
///                                     sharedProgram     Biobío           500 M$   5 empresas
///                        objective 2  firstYearProgram  Los Ríos         300 M$   3 personas
///                  2025  objective 1  sharedProgram     Metropolitana  1.200 M$  12 empresas
///                                     sharedProgram     Biobío           800 M$  40 personas
///                        objective 2  lastYearProgram   Los Ríos         600 M$   6 personas
///   secondService  2024  objective 1  secondServiceProgram  Valparaíso  2.000 M$  20 cooperativas
///                  2025  objective 1  secondServiceProgram  Valparaíso  2.500 M$  25 cooperativas
///                                     secondServiceProgram  Ñuble       (none)     7 cooperativas
///
/// Indicators: sharedProgram's "Asesorías de prueba" in the Metropolitana,
/// 40 asesorías in 2024 and 55 in 2025; secondService's "Satisfacción de
/// prueba", national, no program, 87,5 % in 2025. Milestones: a convenio
/// under service's objective 1 in 2024 and a publicación under
/// secondService's objective 1 in 2025. The regions must be loaded. False,
/// with *error, when a statement failed (nothing is left written).
bool write(QSqlDatabase &db, QString *error);

} // namespace FixtureReports

namespace TestSupport {

/// A database on the backend under test with FixtureReports written into
/// it: with content Empty, exactly 2 services x 2 years; with
/// EmbeddedDataset, Sercotec's real 2025 report beside them.
struct MultiReportFixture : Fixture
{
    explicit MultiReportFixture(Database::Content content = Database::Content::Empty);
};

} // namespace TestSupport
