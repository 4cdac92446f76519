package org.peercert.learning;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RefresherRepository extends JpaRepository<Refresher, Long> {

    Optional<Refresher> findByCertificateId(String certificateId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Refresher r where r.id = :id")
    Optional<Refresher> lockById(long id);
}
