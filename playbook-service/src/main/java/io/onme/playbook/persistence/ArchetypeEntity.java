package io.onme.playbook.persistence;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One customer archetype of the catalogue; read-only, loaded by migration. */
@Entity
@Table(name = "archetypes")
public class ArchetypeEntity extends PanacheEntityBase {

    @Id
    public String key;

    public short position;

    public short difficulty;

    @Column(name = "name_he")
    public String nameHe;

    @Column(name = "name_en")
    public String nameEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "signals_he")
    public List<String> signalsHe;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "signals_en")
    public List<String> signalsEn;

    @Column(name = "stance_he")
    public String stanceHe;

    @Column(name = "stance_en")
    public String stanceEn;

    public static List<ArchetypeEntity> listInOrder() {
        return list("order by position");
    }
}
