/** The small words inside names ("Juan de la Cruz", "Mohammed bin Rashid", "Ludwig van Beethoven"): a regex alternation. */
export const NAME_PARTICLES = 'de|del|della|da|di|du|la|le|van|von|der|den|al|el|bin|ibn';
