/**
 * The bundled official calendar data, 2007-2026, one module per year.
 *
 * @module
 */
import { CN_2007 } from "./cn-2007.js";
import { CN_2008 } from "./cn-2008.js";
import { CN_2009 } from "./cn-2009.js";
import { CN_2010 } from "./cn-2010.js";
import { CN_2011 } from "./cn-2011.js";
import { CN_2012 } from "./cn-2012.js";
import { CN_2013 } from "./cn-2013.js";
import { CN_2014 } from "./cn-2014.js";
import { CN_2015 } from "./cn-2015.js";
import { CN_2016 } from "./cn-2016.js";
import { CN_2017 } from "./cn-2017.js";
import { CN_2018 } from "./cn-2018.js";
import { CN_2019 } from "./cn-2019.js";
import { CN_2020 } from "./cn-2020.js";
import { CN_2021 } from "./cn-2021.js";
import { CN_2022 } from "./cn-2022.js";
import { CN_2023 } from "./cn-2023.js";
import { CN_2024 } from "./cn-2024.js";
import { CN_2025 } from "./cn-2025.js";
import { CN_2026 } from "./cn-2026.js";

export { CN_2007 } from "./cn-2007.js";
export { CN_2008 } from "./cn-2008.js";
export { CN_2009 } from "./cn-2009.js";
export { CN_2010 } from "./cn-2010.js";
export { CN_2011 } from "./cn-2011.js";
export { CN_2012 } from "./cn-2012.js";
export { CN_2013 } from "./cn-2013.js";
export { CN_2014 } from "./cn-2014.js";
export { CN_2015 } from "./cn-2015.js";
export { CN_2016 } from "./cn-2016.js";
export { CN_2017 } from "./cn-2017.js";
export { CN_2018 } from "./cn-2018.js";
export { CN_2019 } from "./cn-2019.js";
export { CN_2020 } from "./cn-2020.js";
export { CN_2021 } from "./cn-2021.js";
export { CN_2022 } from "./cn-2022.js";
export { CN_2023 } from "./cn-2023.js";
export { CN_2024 } from "./cn-2024.js";
export { CN_2025 } from "./cn-2025.js";
export { CN_2026 } from "./cn-2026.js";

/**
 * Every bundled year, oldest first: the data behind `defaultCalendar()`.
 *
 * @example
 * ```ts
 * import { CN_CALENDAR_YEARS } from "ducha/calendar";
 * CN_CALENDAR_YEARS.length; //=> 20
 * ```
 * @category Calendar data
 */
export const CN_CALENDAR_YEARS = [
  CN_2007,
  CN_2008,
  CN_2009,
  CN_2010,
  CN_2011,
  CN_2012,
  CN_2013,
  CN_2014,
  CN_2015,
  CN_2016,
  CN_2017,
  CN_2018,
  CN_2019,
  CN_2020,
  CN_2021,
  CN_2022,
  CN_2023,
  CN_2024,
  CN_2025,
  CN_2026,
] as const;
