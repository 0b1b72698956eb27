/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A software, content or configuration change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Update#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getProduct <em>Product</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getIdentifier <em>Identifier</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getReleasedAt <em>Released At</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getRevertedAt <em>Reverted At</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getRolloutScope <em>Rollout Scope</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getConsumedBy <em>Consumed By</em>}</li>
 *   <li>{@link dev.faultline.model.Update#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getUpdate()
 * @model
 * @generated
 */
public interface Update extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_Product()
	 * @model
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.UpdateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.faultline.model.UpdateKind
	 * @see #setKind(UpdateKind)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_Kind()
	 * @model
	 * @generated
	 */
	UpdateKind getKind();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.faultline.model.UpdateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(UpdateKind value);

	/**
	 * Returns the value of the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier, e.g. channel file 291.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifier</em>' attribute.
	 * @see #setIdentifier(String)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_Identifier()
	 * @model
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Released At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the change was released (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Released At</em>' attribute.
	 * @see #setReleasedAt(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_ReleasedAt()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getReleasedAt();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getReleasedAt <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Released At</em>' attribute.
	 * @see #getReleasedAt()
	 * @generated
	 */
	void setReleasedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reverted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the change was reverted or withdrawn (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reverted At</em>' attribute.
	 * @see #setRevertedAt(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_RevertedAt()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getRevertedAt();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getRevertedAt <em>Reverted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reverted At</em>' attribute.
	 * @see #getRevertedAt()
	 * @generated
	 */
	void setRevertedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Rollout Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which machines received it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rollout Scope</em>' attribute.
	 * @see #setRolloutScope(String)
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_RolloutScope()
	 * @model
	 * @generated
	 */
	String getRolloutScope();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Update#getRolloutScope <em>Rollout Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollout Scope</em>' attribute.
	 * @see #getRolloutScope()
	 * @generated
	 */
	void setRolloutScope(String value);

	/**
	 * Returns the value of the '<em><b>Consumed By</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drivers that consume the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consumed By</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_ConsumedBy()
	 * @model
	 * @generated
	 */
	EList<Driver> getConsumedBy();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.UpdateFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files the change delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getUpdate_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<UpdateFile> getFiles();

} // Update
