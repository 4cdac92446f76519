package org.peercert.account;

import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts. Emails are stored trimmed and lower-case so they match on login. */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final int MAX_EMAIL = 254;

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AccountSecurity security;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MailRequestLimits limits;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, AccountSecurity security, Clock clock,
            ApplicationEventPublisher events, MailRequestLimits limits) {
        this.events = events;
        this.limits = limits;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.security = security;
        this.clock = clock;
    }

    /**
     * The one form of an address used to store it, look it up and key the sign-in throttle: trimmed, NFKC
     * (so look-alike compatibility characters such as full-width letters become the plain ones) and lower case.
     */
    public static String normalizeEmail(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whether a {@link #normalizeEmail normalised} address has the shape of one we accept. */
    public static boolean isValidEmail(String normalized) {
        return EMAIL.matcher(normalized).matches() && normalized.length() <= MAX_EMAIL;
    }

    /**
     * A trainee account for a trusted caller (tests, tools): refuses an address that has an account with a
     * field error, unlike {@link #signUp}. Throws {@link RegistrationException} with every field problem.
     */
    @Transactional
    public UserAccount registerTrainee(Registration registration) {
        String email = normalizeEmail(registration.email());
        Map<String, String> errors = fieldErrors(registration, email);
        if (!errors.containsKey("email") && users.existsByEmail(email)) {
            errors.put("email", "register.error.email.taken");
        }
        if (!errors.isEmpty()) {
            throw new RegistrationException(errors);
        }
        try {
            return create(registration, email, passwordEncoder.encode(registration.password()), MailRequestLimits.SERVER);
        } catch (DataIntegrityViolationException e) {
            // the same email registered a moment ago in another request
            throw new RegistrationException(Map.of("email", "register.error.email.taken"));
        }
    }

    /**
     * The public registration form. The answer never tells whether the address already has an account: for
     * a new address the account is created and a confirmation link mailed; for a known one nothing is
     * created and the owner gets a notice instead (both paths hash the password, the costly step). Field
     * problems other than that are reported as by {@link #registerTrainee}.
     */
    @Transactional
    public void signUp(Registration registration, String client) {
        String email = normalizeEmail(registration.email());
        Map<String, String> errors = fieldErrors(registration, email);
        if (!errors.isEmpty()) {
            throw new RegistrationException(errors);
        }
        String passwordHash = passwordEncoder.encode(registration.password());
        var owner = users.findByEmail(email);
        if (owner.isPresent()) {
            if (limits.tryRequest(email, client)) {
                security.noticeAddressInUse(owner.get(), AddressAlreadyRegistered.Attempt.REGISTRATION);
            }
            return;
        }
        try {
            create(registration, email, passwordHash, client);
        } catch (DataIntegrityViolationException e) {
            // registered a moment ago in another request: ask to try again (which then mails the owner)
            throw new RegistrationException(Map.of("email", "register.error.retry"));
        }
    }

    private Map<String, String> fieldErrors(Registration registration, String email) {
        String name = PersonName.normalize(registration.displayName());
        Map<String, String> errors = new LinkedHashMap<>();
        PersonName.problem(name).ifPresent(key -> errors.put("displayName", key));
        if (!isValidEmail(email)) {
            errors.put("email", "register.error.email.invalid");
        }
        PasswordPolicy.weakness(registration.password(), email, name).ifPresent(key -> errors.put("password", key));
        if (!registration.acceptedTerms()) {
            errors.put("acceptedTerms", "register.error.terms");
        }
        return errors;
    }

    private UserAccount create(Registration registration, String email, String passwordHash, String client) {
        var user = users.saveAndFlush(new UserAccount(email, PersonName.normalize(registration.displayName()), passwordHash,
                Role.TRAINEE, registration.locale(), clock.instant(), clock.instant()));
        security.addressTaken(user);
        security.requestVerification(user.getId(), client);
        return user;
    }

    /** Creates a staff account (trainer or admin) with a password chosen by the caller; a bad name is refused. */
    @Transactional
    public UserAccount createStaff(String email, String displayName, String password, Role role) {
        return users.save(new UserAccount(normalizeEmail(email), PersonName.require(displayName), passwordEncoder.encode(password), role,
                "en", null, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return users.existsByRole(role);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> allUsers() {
        return users.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> findAllById(java.util.Collection<Long> userIds) {
        return users.findAllById(userIds);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(long userId) {
        return users.findById(userId);
    }

    /** Whether the holder lets employers see their pre/post competency scores when verifying a certificate. */
    @Transactional
    public void setScoresPublic(long userId, boolean scoresPublic) {
        users.findById(userId).orElseThrow().setScoresPublic(scoresPublic);
        events.publishEvent(new ScoresVisibilityChanged(userId, scoresPublic));
    }

    /** The privacy settings a user edits on the profile page. */
    @Transactional
    public void updateProfile(long userId, String displayName, String locale, boolean remindersEnabled) {
        PersonName.problem(displayName).ifPresent(key -> {
            throw new RegistrationException(Map.of("displayName", key));
        });
        String name = PersonName.normalize(displayName);
        users.findById(userId).orElseThrow().updateProfile(name, locale, remindersEnabled);
    }

    /** Remembered for inactivity reminders. */
    @Transactional
    public void recordLogin(String email) {
        users.findByEmail(normalizeEmail(email)).ifPresent(u -> u.loggedIn(clock.instant()));
    }

    /** Trainees who want reminders and have not signed in since {@code before} (or never, and registered before it). */
    @Transactional(readOnly = true)
    public List<UserAccount> traineesInactiveSince(java.time.Instant before) {
        return users.findInactiveTrainees(before);
    }
}
