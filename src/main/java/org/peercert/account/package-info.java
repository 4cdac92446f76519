/** Users, roles (TRAINEE, TRAINER, ADMIN), registration, login and the security configuration. */
@NullMarked
package org.peercert.account;

import org.jspecify.annotations.NullMarked;
